"""Charts drawn with matplotlib on a Qt canvas; each imports matplotlib only when first shown."""
