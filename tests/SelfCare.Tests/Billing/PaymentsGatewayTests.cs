using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SelfCare.Billing.Contracts.Gateway;
using SelfCare.Billing.Data;
using SelfCare.Billing.Gateway;

namespace SelfCare.Tests.Billing;

/// <summary>Card number and routing number rules, and the Sandbox gateway's documented outcomes (its charges in an in-memory database).</summary>
public sealed class PaymentsGatewayTests : IDisposable
{
    private static readonly PaymentsClock Clock = new(new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.Zero));
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<BillingDbContext> _options;
    private readonly SandboxGateway _sandbox;

    public PaymentsGatewayTests()
    {
        _connection.Open();
        _options = new DbContextOptionsBuilder<BillingDbContext>().UseSqlite(_connection).Options;
        using (var db = new BillingDbContext(_options, new NoScope()))
            db.Database.EnsureCreated();
        _sandbox = Sandbox(Clock);
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The sandbox's table is not account-owned; its context still needs a scope.</summary>
    private sealed class NoScope : SelfCare.Platform.Security.IAccountScope
    {
        public bool SeesAllAccounts => true;
        public IReadOnlyList<Guid> AccountIds => [];
        public IReadOnlyList<Guid> RootAccountIds => [];
    }

    private SandboxGateway Sandbox(TimeProvider clock) => new(clock, _options, new NoScope());

    [Theory]
    [InlineData("4242424242424242", true)]
    [InlineData("4242424242424241", false)]
    [InlineData("378282246310005", true)]
    [InlineData("6011111111111117", true)]
    [InlineData("5555555555554444", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    [InlineData("", false)]
    [InlineData("4242x24242424242", false)]
    public void Luhn(string digits, bool valid) => Assert.Equal(valid, CardNumber.PassesLuhn(digits));

    [Theory]
    [InlineData("4242 4242 4242 4242", "4242424242424242")]
    [InlineData("4242-4242-4242-4242", "4242424242424242")]
    [InlineData("4242.4242.4242.4242", null)]
    [InlineData("424242424242", null)]
    [InlineData("42424242424242424242", null)]
    [InlineData(" ", null)]
    public void Normalize_keeps_digits_spaces_and_dashes_only(string typed, string? expected) => Assert.Equal(expected, CardNumber.Normalize(typed));

    [Theory]
    [InlineData("4242424242424242", CardBrand.Visa)]
    [InlineData("5555555555554444", CardBrand.Mastercard)]
    [InlineData("2223003122003222", CardBrand.Mastercard)]
    [InlineData("378282246310005", CardBrand.Amex)]
    [InlineData("6011111111111117", CardBrand.Discover)]
    [InlineData("6445644564456445", CardBrand.Discover)]
    [InlineData("30569309025904", CardBrand.DinersClub)]
    [InlineData("3566002020360505", CardBrand.Jcb)]
    [InlineData("6200000000000005", CardBrand.UnionPay)]
    [InlineData("9999999999999995", CardBrand.Unknown)]
    public void Brand_from_the_prefix(string digits, CardBrand brand) => Assert.Equal(brand, CardNumber.BrandOf(digits));

    [Theory]
    [InlineData("011000015", true)]
    [InlineData("110000000", true)]
    [InlineData("021000021", true)]
    [InlineData("011000016", false)]
    [InlineData("123456789", false)]
    [InlineData("000000000", false)]
    [InlineData("01100001", false)]
    [InlineData("01100001a", false)]
    [InlineData(null, false)]
    public void Aba_routing_checksum(string? routing, bool valid) => Assert.Equal(valid, AbaRoutingNumber.IsValid(routing));

    [Theory]
    [InlineData("4242424242424242", null, null)]
    [InlineData("5555555555554444", null, null)]
    [InlineData("4000000000000002", DeclineReason.Declined, "The card was declined.")]
    [InlineData("4000000000009995", DeclineReason.InsufficientFunds, "The card has insufficient funds.")]
    [InlineData("4000000000000069", DeclineReason.ExpiredCard, "The card has expired.")]
    [InlineData("4000000000000127", DeclineReason.IncorrectCvc, "The card's security code is incorrect.")]
    [InlineData("4000000000000119", DeclineReason.ProcessingError, "The payment could not be processed. Try again later.")]
    public async Task Sandbox_test_cards(string number, DeclineReason? reason, string? message)
    {
        var token = await _sandbox.TokenizeCardAsync(new CardDetails(number, 12, 2030, "123", "Pat Doe"));
        Assert.True(token.Succeeded);
        Assert.Equal(number[^4..], token.Last4);
        Assert.DoesNotContain(number, token.Token);
        Assert.Matches("^[a-zA-Z0-9_]+$", token.Token!);
        var charge = await _sandbox.ChargeAsync(new ChargeRequest(token.Token!, 10m, "USD", Guid.NewGuid().ToString()));
        Assert.Equal(reason, charge.Reason);
        Assert.Equal(message, charge.Message);
        Assert.Equal(reason is null, charge.Succeeded);
    }

    [Fact]
    public async Task Sandbox_refuses_bad_numbers_past_expiry_and_bad_security_codes_at_tokenization()
    {
        Assert.Equal(DeclineReason.IncorrectNumber, (await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424241", 12, 2030, "123", "P"))).Reason);
        Assert.Equal(DeclineReason.ExpiredCard, (await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 10, 2026, "123", "P"))).Reason);
        Assert.Equal(DeclineReason.IncorrectCvc, (await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 12, 2030, "12", "P"))).Reason);
        Assert.Equal(DeclineReason.IncorrectCvc, (await _sandbox.TokenizeCardAsync(new CardDetails("378282246310005", 12, 2030, "123", "P"))).Reason);
        Assert.True((await _sandbox.TokenizeCardAsync(new CardDetails("378282246310005", 12, 2030, "1234", "P"))).Succeeded);
        Assert.True((await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 11, 2026, "123", "P"))).Succeeded);
    }

    [Fact]
    public async Task A_card_that_expires_after_tokenization_is_declined_as_expired()
    {
        var clock = new PaymentsClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        var sandbox = Sandbox(clock);
        var token = await sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 11, 2026, "123", "P"));
        clock.Now = clock.Now.AddDays(15);
        Assert.Equal(DeclineReason.ExpiredCard, (await sandbox.ChargeAsync(new ChargeRequest(token.Token!, 5m, "USD", "k1"))).Reason);
    }

    [Theory]
    [InlineData("011000015", "000123456789", null)]
    [InlineData("110000000", "000111111116", DeclineReason.AccountClosed)]
    [InlineData("110000000", "000222222227", DeclineReason.InsufficientFunds)]
    public async Task Sandbox_test_bank_accounts(string routing, string account, DeclineReason? reason)
    {
        var token = await _sandbox.TokenizeBankAccountAsync(new BankAccountDetails(routing, account, "Pat Doe", BankAccountType.Checking));
        Assert.True(token.Succeeded);
        Assert.Equal(account[^4..], token.Last4);
        var charge = await _sandbox.ChargeAsync(new ChargeRequest(token.Token!, 10m, "USD", Guid.NewGuid().ToString()));
        Assert.Equal(reason, charge.Reason);
    }

    [Fact]
    public async Task Sandbox_refuses_a_bad_routing_number_or_account_number()
    {
        Assert.Equal(DeclineReason.InvalidRoutingNumber,
            (await _sandbox.TokenizeBankAccountAsync(new BankAccountDetails("123456789", "000123456789", "P", BankAccountType.Checking))).Reason);
        Assert.Equal(DeclineReason.InvalidAccountNumber,
            (await _sandbox.TokenizeBankAccountAsync(new BankAccountDetails("011000015", "12", "P", BankAccountType.Savings))).Reason);
    }

    [Fact]
    public async Task Sandbox_charges_once_per_idempotency_key_and_refuses_the_key_with_another_amount()
    {
        var token = (await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 12, 2030, "123", "P"))).Token!;
        var first = await _sandbox.ChargeAsync(new ChargeRequest(token, 10m, "USD", "same"));
        var again = await _sandbox.ChargeAsync(new ChargeRequest(token, 10.00m, "USD", "same"));
        Assert.Equal(first.TransactionId, again.TransactionId);
        Assert.Equal(DeclineReason.IdempotencyKeyReused, (await _sandbox.ChargeAsync(new ChargeRequest(token, 11m, "USD", "same"))).Reason);
    }

    [Fact]
    public async Task Sandbox_finds_its_charges_by_idempotency_key_after_a_restart()
    {
        var card = (await _sandbox.TokenizeCardAsync(new CardDetails("4242424242424242", 12, 2030, "123", "P"))).Token!;
        var declined = (await _sandbox.TokenizeCardAsync(new CardDetails("4000000000000002", 12, 2030, "123", "P"))).Token!;
        var approved = await _sandbox.ChargeAsync(new ChargeRequest(card, 10m, "USD", "paid"));
        await _sandbox.ChargeAsync(new ChargeRequest(declined, 10m, "USD", "refused"));

        var restarted = Sandbox(Clock);
        Assert.Equal(approved.TransactionId, (await restarted.FindChargeAsync("paid"))!.TransactionId);
        Assert.Equal(DeclineReason.Declined, (await restarted.FindChargeAsync("refused"))!.Reason);
        Assert.Null(await restarted.FindChargeAsync("never-sent"));
        Assert.Equal(approved, await restarted.ChargeAsync(new ChargeRequest(card, 10m, "USD", "paid")));
    }

    [Fact]
    public void Card_and_bank_details_never_print_their_numbers()
    {
        var card = new CardDetails("4242424242424242", 12, 2030, "987", "Pat");
        Assert.Equal("card ending 4242", card.ToString());
        Assert.DoesNotContain("000123456789", new BankAccountDetails("011000015", "000123456789", "Pat", BankAccountType.Checking).ToString());
    }
}
