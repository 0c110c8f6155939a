"""Adds the top-level resources/ folder to the found packages, as secondop_desktop.resources.

Everything else is in pyproject.toml; pyproject alone cannot combine package discovery with one
package that lives outside the discovered tree.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["secondop_desktop*"]), "secondop_desktop.resources"])
