namespace SelfCare.Usage.Api;

/// <summary>The answer to a CDR batch: rows received, rows added, rows skipped because their id was already imported.</summary>
public sealed record CdrImportResultV1(long Received, long Imported, long Duplicates);
