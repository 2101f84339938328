namespace SelfCare.Usage.Data;

/// <summary>A monthly CDR file already handed to Downloads, so the daily job does not write it again.</summary>
internal sealed class MonthlyCdrFile
{
    public Guid AccountId { get; set; }
    public DateOnly BillingCycle { get; set; }
    public Guid DownloadId { get; set; }
    public long Rows { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
