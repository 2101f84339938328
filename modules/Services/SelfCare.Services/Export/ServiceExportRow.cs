namespace SelfCare.Services.Export;

/// <summary>One line of the Services download, shaped for readers (no internal ids).</summary>
internal sealed record ServiceExportRow(
    string ServiceId, string Account, string AccountName, string? Location, string? Description, string Status, string Products);
