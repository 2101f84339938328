namespace SelfCare.Usage.Data;

/// <summary>One service's usage in one billed month: calls, seconds, rated amount in ten-thousandths.</summary>
internal sealed record UsageTotal(DateOnly BillingCycle, Guid AccountId, string ServiceId, string Currency, int Calls, long Seconds, long AmountUnits)
{
    public decimal Amount => AmountUnits / CallDetailRecord.UnitsPerCurrencyUnit;
}
