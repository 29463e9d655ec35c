"""Course folders and question banks as immutable typed objects, with path:line validation."""
