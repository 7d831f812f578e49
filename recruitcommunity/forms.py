def posted_data(request):
    """The submitted data on POST, else None, so that an empty POST still binds the form and
    shows its errors (``request.POST or None`` would leave it unbound)."""
    return request.POST if request.method == "POST" else None
