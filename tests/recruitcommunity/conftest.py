# The world of the authorization matrix, shared with the form fuzzing and double-submission
# tests: module-scoped, built once per test module.
from tests.authorization import matrix_world, role_clients  # noqa: F401
