"""Reading action plans as ministries lay them out: Word tables, section rows, deadlines."""
