namespace SelfCare.Agreements.Data;

/// <summary>A tenant's drawdown order for one agreement type (comma-separated <see cref="BucketKind"/>s; billable always comes last).</summary>
internal sealed class DrawOrderSetting
{
    public AgreementType Type { get; set; }
    public string Order { get; set; } = "";
}
