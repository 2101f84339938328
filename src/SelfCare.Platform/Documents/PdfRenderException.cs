namespace SelfCare.Platform.Documents;

/// <summary>A PDF could not be rendered; <see cref="Failure"/> says why and the message says what to do.</summary>
public sealed class PdfRenderException(PdfRenderFailure failure, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public PdfRenderFailure Failure { get; } = failure;
}
