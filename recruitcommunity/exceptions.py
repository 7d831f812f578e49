class DomainError(Exception):
    """A rule of the community was broken; the message is shown to the member as it is."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message
