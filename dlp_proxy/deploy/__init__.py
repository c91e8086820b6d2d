"""Deployment helpers: the CA and the PAC file."""
