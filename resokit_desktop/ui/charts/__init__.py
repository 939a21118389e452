"""The client's charts (Grafieken tab) and the caseload overview."""
