namespace SelfCare.Usage.Import;

/// <summary>A body a reader cannot go on reading (not JSON, a broken CSV header): the import stops at <see cref="Error"/>.</summary>
internal sealed class CdrFormatException(CdrRowError error) : Exception(error.Message)
{
    public CdrRowError Error { get; } = error;
}
