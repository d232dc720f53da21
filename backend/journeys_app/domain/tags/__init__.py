"""Tags in the four families of the seeds plus journey-stage tags; customer tags with sources."""
