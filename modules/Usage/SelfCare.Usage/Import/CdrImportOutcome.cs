namespace SelfCare.Usage.Import;

/// <summary>
/// An import's result: <see cref="Received"/> rows read, <see cref="Imported"/> added (the rest were already there),
/// or the first bad rows, in which case nothing was added. <see cref="TooManyRows"/>: the body passed the row limit.
/// </summary>
internal sealed record CdrImportOutcome(long Received, long Imported, IReadOnlyList<CdrRowError> Errors, bool TooManyRows)
{
    public bool Succeeded => Errors.Count == 0;
    public long Duplicates => Received - Imported;
}
