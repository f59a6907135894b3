//! Unit tests of the lower bound.
