"""Named versions of a draft, and what changed between two versions or two drafts."""
