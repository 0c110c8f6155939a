"""The consultation packet: generated pages laid out with QtGui, assembled into one PDF."""
