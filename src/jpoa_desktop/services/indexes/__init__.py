"""The search indexes over the library and the directory, and the folding version that built them.

Both the library's search and the directory's name search read these; keeping them here, below
both features, is what lets either rebuild the other's index after an update."""
