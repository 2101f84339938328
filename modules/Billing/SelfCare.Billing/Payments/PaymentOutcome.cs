namespace SelfCare.Billing.Payments;

/// <summary>
/// The result of a submission: the payment (new, or the one this idempotency key already made) or a message.
/// <see cref="Field"/> names the form field the message belongs to, when one does.
/// </summary>
internal sealed record PaymentOutcome(Guid? PaymentId, string? Error, string? Field = null)
{
    public static PaymentOutcome Paid(Guid paymentId) => new(paymentId, null);

    public static PaymentOutcome Refused(string error, string? field = null) => new(null, error, field);
}
