using SelfCare.Billing.Contracts;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;
using SelfCare.Billing.Payments;

namespace SelfCare.Billing.Autopay;

/// <summary>Saves a card and enrols the account, outside any page (demo seeding).</summary>
internal sealed class AutopayProvisioning(BillingDbContext db, PaymentGateways gateways, TimeProvider clock) : IAutopayProvisioning
{
    // A sandbox security code: checked when tokenizing, never stored.
    private const string SecurityCode = "100";

    public async Task EnrolCardAsync(Guid accountId, string cardNumber, int expiryMonth, int expiryYear, string holderName, string enrolledBy,
        CancellationToken cancellationToken)
    {
        var gateway = gateways.Current;
        var card = await gateway.TokenizeCardAsync(new CardDetails(cardNumber, expiryMonth, expiryYear, SecurityCode, holderName), cancellationToken);
        if (!card.Succeeded)
            throw new InvalidOperationException($"The gateway refused the demo card ending {card.Last4}: {card.Message}");
        var now = clock.GetUtcNow();
        var method = new SavedPaymentMethod
        {
            Id = Guid.NewGuid(), AccountId = accountId, Kind = PaymentMethodKind.Card, Gateway = gateway.Name, Token = card.Token!, Brand = card.Brand,
            Last4 = card.Last4, ExpiryMonth = card.ExpiryMonth, ExpiryYear = card.ExpiryYear, HolderName = holderName, IsDefault = true,
            CreatedAt = now, CreatedBy = enrolledBy,
        };
        db.Add(method);
        db.Add(new AutopayEnrolment
        {
            Id = Guid.NewGuid(), AccountId = accountId, PaymentMethodId = method.Id, Active = true, EnrolledAt = now, EnrolledBy = enrolledBy,
            ChangedAt = now, ChangedBy = enrolledBy,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
