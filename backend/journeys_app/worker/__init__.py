"""The arq worker: one WorkerSettings wires every job."""
