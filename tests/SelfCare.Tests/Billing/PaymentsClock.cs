namespace SelfCare.Tests.Billing;

/// <summary>A clock the test sets.</summary>
internal sealed class PaymentsClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
