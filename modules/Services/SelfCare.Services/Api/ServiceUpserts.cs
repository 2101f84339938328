using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Platform.Api;
using SelfCare.Services.Data;

namespace SelfCare.Services.Api;

/// <summary>
/// PUT /api/v1/services/{externalId}: creates or replaces the service with that external id and replaces its product
/// list. External ids are unique in the tenant, so naming another account moves the service there.
/// </summary>
internal sealed partial class ServiceUpserts(ServicesDbContext db, IAccountReferences accounts, TimeProvider clock)
{
    private const int MaxProducts = 100;
    private const int MaxQuantity = 1_000_000;
    private const decimal MaxUnitPrice = 1_000_000_000m;

    [GeneratedRegex("^[A-Za-z]{3}$")]
    private static partial Regex CurrencyPattern();

    public async Task<UpsertOutcome<ServiceV1>> UpsertAsync(UpsertRequest<ServiceUpsertV1> request)
    {
        var body = request.Body;
        var ct = request.CancellationToken;
        var errors = Validate(body, out var status);
        var account = errors.Any ? null
            : await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), ct);
        if (account is null)
            return UpsertOutcome<ServiceV1>.Invalid(errors);

        return await UpsertRetry.RunAsync(db, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // A no-op update locks the service row first, so concurrent PUTs of one service replace its products one
            // after another (each reading the other's committed list) instead of deleting the same rows twice.
            // Nothing locked but the row is there now: another request committed it meanwhile; lock it before reading.
            if (await LockAsync(request.ExternalId, ct) == 0 && await db.Services.AnyAsync(s => s.ExternalId == request.ExternalId, ct))
                await LockAsync(request.ExternalId, ct);
            var service = await db.Services.Include(s => s.Products).FirstOrDefaultAsync(s => s.ExternalId == request.ExternalId, ct);
            var serviceId = body.ServiceId!.Trim();
            // Not our own row: one inserted under this external id since we looked is a race, settled by the retry.
            if (await db.Services.AnyAsync(s => s.ServiceId == serviceId && (s.ExternalId == null || s.ExternalId != request.ExternalId), ct))
                return UpsertOutcome<ServiceV1>.Invalid(new ApiErrors().Add("serviceId", $"Another service already has the service id {serviceId}."));

            var created = service is null;
            if (service is null)
            {
                service = new CustomerService { Id = Guid.NewGuid(), ExternalId = request.ExternalId, ServiceId = serviceId, CreatedAt = clock.GetUtcNow() };
                db.Services.Add(service);
            }
            service.ServiceId = serviceId;
            service.AccountId = account.Id;
            service.Location = Blank(body.Location);
            service.Description = Blank(body.Description);
            service.Status = status;
            // The list is replaced, not merged: the billing system's list is the truth.
            db.RemoveRange(service.Products);
            var products = (body.Products ?? []).Select((p, i) => new ServiceProduct
            {
                Id = Guid.NewGuid(), ServiceRowId = service.Id, Product = p.Product!.Trim(), Quantity = p.Quantity!.Value,
                UnitPrice = p.UnitPrice!.Value, Currency = (Blank(p.Currency) ?? "USD").ToUpperInvariant(), Recurring = p.Recurring!.Value,
                Position = i,
            }).ToList();
            service.Products = products;
            // Added explicitly: found through the navigation of a tracked service, rows with ids set would be taken as existing.
            db.AddRange(products);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            var result = ServicesApiV1.ToV1(service, account);
            return created ? UpsertOutcome<ServiceV1>.Created(result) : UpsertOutcome<ServiceV1>.Updated(result);
        });
    }

    private Task<int> LockAsync(string externalId, CancellationToken ct) =>
        db.Services.Where(s => s.ExternalId == externalId).ExecuteUpdateAsync(u => u.SetProperty(s => s.ExternalId, s => s.ExternalId), ct);

    private static ApiErrors Validate(ServiceUpsertV1 body, out ServiceStatus status)
    {
        var errors = new ApiErrors()
            .Text("serviceId", "The service id", body.ServiceId, 60, required: true)
            .Text("location", "The location", body.Location, 300, required: false)
            .Text("description", "The description", body.Description, CustomerService.DescriptionMaxLength, required: false);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        status = ServiceStatus.Active;
        if (!string.IsNullOrWhiteSpace(body.Status))
        {
            var name = Enum.GetNames<ServiceStatus>().FirstOrDefault(n => n.Equals(body.Status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
                errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<ServiceStatus>())}.");
            else
                status = Enum.Parse<ServiceStatus>(name);
        }
        var products = body.Products ?? [];
        if (products.Count > MaxProducts)
            errors.Add("products", $"A service can have at most {MaxProducts} products.");
        for (var i = 0; i < products.Count && i < MaxProducts; i++)
            ValidateProduct(errors, $"products[{i}]", products[i]);
        return errors;
    }

    private static void ValidateProduct(ApiErrors errors, string field, ServiceProductUpsertV1? p)
    {
        if (p is null)
        {
            errors.Add(field, "Each product must be a JSON object.");
            return;
        }
        errors.Text($"{field}.product", "The product", p.Product, 200, required: true);
        if (p.Quantity is not { } quantity || quantity < 1 || quantity > MaxQuantity)
            errors.Add($"{field}.quantity", $"The quantity is a whole number from 1 to {MaxQuantity:N0}.");
        if (p.UnitPrice is not { } price || price < 0 || price >= MaxUnitPrice || decimal.Round(price, 4) != price)
            errors.Add($"{field}.unitPrice", "The unit price is a number from 0 to 999,999,999.9999 with at most 4 decimals.");
        if (!string.IsNullOrWhiteSpace(p.Currency) && !CurrencyPattern().IsMatch(p.Currency.Trim()))
            errors.Add($"{field}.currency", "The currency is a 3-letter ISO 4217 code such as USD.");
        if (p.Recurring is null)
            errors.Add($"{field}.recurring", "Say whether the charge is recurring (true) or one-time (false).");
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
