"""Write operations of the finance app: the bundled finance dataset."""
