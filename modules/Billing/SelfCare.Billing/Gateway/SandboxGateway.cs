using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Platform.Security;

namespace SelfCare.Billing.Gateway;

/// <summary>
/// The built-in gateway for demos and tests. It stands for the processor's side: card and account numbers stop here.
/// A token carries the test outcome and the card's expiry, not the number, so the sandbox keeps no card data at all
/// and tokens stay valid across restarts and nodes. Charges are remembered by idempotency key in the tenant database
/// (<see cref="SandboxCharge"/>, through a context of its own so the caller's unit of work is untouched), so a repeat or
/// a <see cref="FindChargeAsync"/> after a restart gets the first answer.
/// </summary>
internal sealed class SandboxGateway(TimeProvider clock, DbContextOptions<BillingDbContext> options, IAccountScope scope) : IPaymentGateway
{
    public const string GatewayName = "Sandbox";
    private const string CardPrefix = "tok_sbx_card_";
    private const string BankPrefix = "tok_sbx_ach_";

    public string Name => GatewayName;

    public Task<TokenizeResult> TokenizeCardAsync(CardDetails card, CancellationToken cancellationToken = default)
    {
        var digits = CardNumber.Normalize(card.Number);
        if (digits is null || !CardNumber.PassesLuhn(digits) || !CardNumber.LengthFits(CardNumber.BrandOf(digits), digits.Length))
            return Task.FromResult(TokenizeResult.Refused(DeclineReason.IncorrectNumber, "The card number is not valid."));
        if (CardNumber.IsExpired(card.ExpiryMonth, card.ExpiryYear, clock.GetUtcNow()))
            return Task.FromResult(TokenizeResult.Refused(DeclineReason.ExpiredCard, "The card has expired."));
        var brand = CardNumber.BrandOf(digits);
        var cvcLength = brand == CardBrand.Amex ? 4 : 3;
        if (card.Cvc is null || card.Cvc.Length != cvcLength || !card.Cvc.All(char.IsAsciiDigit))
            return Task.FromResult(TokenizeResult.Refused(DeclineReason.IncorrectCvc, $"Enter the card's {cvcLength}-digit security code."));
        var outcome = SandboxTestData.Cards.GetValueOrDefault(digits, SandboxOutcome.Approve);
        var token = string.Create(CultureInfo.InvariantCulture,
            $"{CardPrefix}{outcome}_{card.ExpiryYear:0000}{card.ExpiryMonth:00}_{RandomLetters()}");
        return Task.FromResult(new TokenizeResult(token, brand, digits[^4..], card.ExpiryMonth, card.ExpiryYear, null, null));
    }

    public Task<TokenizeResult> TokenizeBankAccountAsync(BankAccountDetails account, CancellationToken cancellationToken = default)
    {
        if (!AbaRoutingNumber.IsValid(account.RoutingNumber))
            return Task.FromResult(TokenizeResult.Refused(DeclineReason.InvalidRoutingNumber, "The routing number is not a valid US bank routing number."));
        if (account.AccountNumber is not { Length: >= 4 and <= 17 } number || !number.All(char.IsAsciiDigit))
            return Task.FromResult(TokenizeResult.Refused(DeclineReason.InvalidAccountNumber, "The account number must be 4 to 17 digits."));
        var outcome = SandboxTestData.BankAccounts.GetValueOrDefault(number, SandboxOutcome.Approve);
        return Task.FromResult(new TokenizeResult($"{BankPrefix}{outcome}_{RandomLetters()}", CardBrand.Unknown, number[^4..], null, null, null, null));
    }

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default)
    {
        await using var store = new BillingDbContext(options, scope);
        if (await store.Set<SandboxCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == request.IdempotencyKey, cancellationToken) is { } first)
            return Repeat(first, request);
        var result = Decide(request);
        store.Add(new SandboxCharge
        {
            IdempotencyKey = request.IdempotencyKey, Token = request.Token, Amount = request.Amount, Currency = request.Currency,
            TransactionId = result.TransactionId, Reason = result.Reason, Message = result.Message, CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await store.SaveChangesAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException)
        {
            // A concurrent charge with this key was recorded first: answer as it did.
            store.ChangeTracker.Clear();
            return Repeat(await store.Set<SandboxCharge>().AsNoTracking().FirstAsync(c => c.IdempotencyKey == request.IdempotencyKey, cancellationToken), request);
        }
    }

    public async Task<ChargeResult?> FindChargeAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var store = new BillingDbContext(options, scope);
        return (await store.Set<SandboxCharge>().AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == idempotencyKey, cancellationToken))?.Result;
    }

    private static ChargeResult Repeat(SandboxCharge first, ChargeRequest request) =>
        first.Matches(request)
            ? first.Result
            : ChargeResult.Declined(DeclineReason.IdempotencyKeyReused, "This payment was already submitted with different details.");

    private ChargeResult Decide(ChargeRequest request)
    {
        if (request.Amount <= 0)
            return ChargeResult.Declined(DeclineReason.ProcessingError, "The amount must be more than zero.");
        var card = request.Token.StartsWith(CardPrefix, StringComparison.Ordinal);
        var parts = request.Token[(card ? CardPrefix : BankPrefix).Length..].Split('_');
        if ((!card && !request.Token.StartsWith(BankPrefix, StringComparison.Ordinal)) || parts.Length < 2
            || !Enum.TryParse<SandboxOutcome>(parts[0], out var outcome))
            return ChargeResult.Declined(DeclineReason.ProcessingError, "The payment method is not known to the gateway.");
        if (card && parts[1].Length == 6 && int.TryParse(parts[1].AsSpan(0, 4), out var year) && int.TryParse(parts[1].AsSpan(4), out var month)
            && CardNumber.IsExpired(month, year, clock.GetUtcNow()))
            outcome = SandboxOutcome.ExpiredCard;
        return outcome switch
        {
            SandboxOutcome.Approve => ChargeResult.Approved("sbx_ch_" + RandomLetters()),
            SandboxOutcome.InsufficientFunds => ChargeResult.Declined(DeclineReason.InsufficientFunds,
                card ? "The card has insufficient funds." : "The bank account has insufficient funds."),
            SandboxOutcome.ExpiredCard => ChargeResult.Declined(DeclineReason.ExpiredCard, "The card has expired."),
            SandboxOutcome.IncorrectCvc => ChargeResult.Declined(DeclineReason.IncorrectCvc, "The card's security code is incorrect."),
            SandboxOutcome.AccountClosed => ChargeResult.Declined(DeclineReason.AccountClosed, "The bank account is closed."),
            SandboxOutcome.ProcessingError => ChargeResult.Declined(DeclineReason.ProcessingError,
                "The payment could not be processed. Try again later."),
            _ => ChargeResult.Declined(DeclineReason.Declined, "The card was declined."),
        };
    }

    /// <summary>Letters only, so no token can look like a card number to a scanner.</summary>
    private static string RandomLetters() => RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 20);
}
