"""Qt-free data layer: CSV import, preprocessing, Dataset/DataLoader and built-in samples."""
