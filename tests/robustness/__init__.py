"""Robustness and security: bad input, faults and hostile data lose nothing and let nothing in."""
