using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Contracts;
using SelfCare.Orders.Contracts;
using SelfCare.Orders.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Orders.Api;

/// <summary>
/// PUT /api/v1/orders/{externalId}: creates or replaces the order with that external id (lines replaced, a status
/// change recorded in the history). Two identical requests at once: the unique index lets one insert, the other retries as an update.
/// </summary>
internal sealed class OrderUpserts(OrdersDbContext db, IAccountReferences accounts, TimeProvider clock)
{
    private const int MaxAttempts = 3;
    private const string DefaultCurrency = "USD";

    public async Task<UpsertOutcome<OrderV1>> UpsertAsync(UpsertRequest<OrderUpsertV1> request)
    {
        var body = request.Body;
        var errors = Validate(body, out var status);
        if (errors.Any)
            return UpsertOutcome<OrderV1>.Invalid(errors);
        var account = await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), request.CancellationToken);
        if (account is null)
            return UpsertOutcome<OrderV1>.Invalid(errors);
        var who = $"API key {request.Http.User.Identity?.Name}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(request.ExternalId, body, account, status, who, request.CancellationToken);
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id meanwhile: look again.
            }
            db.ChangeTracker.Clear();
        }
    }

    private static ApiErrors Validate(OrderUpsertV1 body, out OrderStatus status)
    {
        var errors = new ApiErrors()
            .Text("number", "The order number", body.Number, Order.NumberMaxLength, required: true)
            .Text("orderType", "The order type", body.OrderType, 60, required: false)
            .Text("description", "The description", body.Description, Order.DescriptionMaxLength, required: false);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        status = OrderStatus.New;
        if (!string.IsNullOrWhiteSpace(body.Status))
        {
            if (OrderStatuses.Parse(body.Status.Trim()) is { } s)
                status = s;
            else
                errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<OrderStatus>())}.");
        }
        if (body.ActivationDate < body.RequestedDate)
            errors.Add("activationDate", "The activation date cannot be before the requested date.");
        if (body.Address is { } a)
        {
            errors.Text("address.street1", "The street", a.Street1, 200, required: true)
                .Text("address.street2", "The second street line", a.Street2, 200, required: false)
                .Text("address.city", "The city", a.City, 100, required: true)
                .Text("address.region", "The region", a.Region, 100, required: false)
                .Text("address.postalCode", "The postal code", a.PostalCode, 20, required: false)
                .Text("address.country", "The country", a.Country, 60, required: true);
        }
        foreach (var (line, i) in (body.Lines ?? []).Select((l, i) => (l, i)))
        {
            if (line is null)
            {
                errors.Add($"lines[{i}]", "A line cannot be null.");
                continue;
            }
            errors.Text($"lines[{i}].service", "The service", line.Service, 200, required: true)
                .Text($"lines[{i}].serviceId", "The service id", line.ServiceId, 60, required: false);
            if (line.Quantity is < 1 or > 100000)
                errors.Add($"lines[{i}].quantity", "The quantity must be from 1 to 100000.");
            if (line.UnitPrice is < 0 or > 1_000_000_000)
                errors.Add($"lines[{i}].unitPrice", "The unit price must be from 0 to 1000000000.");
            if (line.Currency is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetter)))
                errors.Add($"lines[{i}].currency", "The currency is a three-letter ISO 4217 code such as USD.");
        }
        return errors;
    }

    private async Task<UpsertOutcome<OrderV1>> SaveAsync(
        string externalId, OrderUpsertV1 body, AccountReference account, OrderStatus status, string who, CancellationToken ct)
    {
        var number = body.Number!.Trim();
        var order = await db.Orders.Include(o => o.Lines).FirstOrDefaultAsync(o => o.ExternalId == externalId, ct);
        if (await db.Orders.AnyAsync(o => o.Number == number && (order == null || o.Id != order.Id), ct))
            return UpsertOutcome<OrderV1>.Invalid(new ApiErrors().Add("number", $"Another order already has the number {number}."));
        var lines = (body.Lines ?? []).Select(l => new NewOrderLine(l.Service!.Trim(), l.Quantity ?? 1, l.UnitPrice ?? 0,
            l.Currency ?? DefaultCurrency, l.Recurring ?? true, Blank(l.ServiceId))).ToList();
        var address = body.Address is { } a
            ? new OrderAddress(a.Street1!.Trim(), Blank(a.Street2), a.City!.Trim(), Blank(a.Region), Blank(a.PostalCode), a.Country!.Trim())
            : null;
        var created = order is null;
        if (order is null)
        {
            order = OrderFactory.Create(new NewOrder(number, account.Id, status.ToString(), Blank(body.OrderType), Blank(body.Description),
                body.RequestedDate, body.ActivationDate, null, address, lines, who, externalId), clock.GetUtcNow());
            db.Orders.Add(order);
        }
        else
        {
            if (order.Status != status)
                db.Add(OrderFactory.StatusChange(order, status, who, "Updated through the API", clock.GetUtcNow()));
            order.Number = number;
            order.AccountId = account.Id;
            order.OrderType = Blank(body.OrderType);
            order.Description = Blank(body.Description);
            order.RequestedDate = body.RequestedDate;
            order.ActivationDate = body.ActivationDate;
            order.LocationId = null;
            OrderFactory.SetAddress(order, address);
            db.RemoveRange(order.Lines);
            foreach (var line in lines.Select((l, i) => OrderFactory.Line(l, i)))
            {
                line.OrderRowId = order.Id;
                db.Add(line);
            }
        }
        await db.SaveChangesAsync(ct);
        var saved = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == order.Id, ct);
        return created ? UpsertOutcome<OrderV1>.Created(ToV1(saved, account)) : UpsertOutcome<OrderV1>.Updated(ToV1(saved, account));
    }

    public static OrderV1 ToV1(Order o, AccountReference? account) => new(
        o.Id, o.ExternalId, o.Number, o.AccountId, account?.ExternalId, account?.Number, o.Status.ToString(), o.OrderType, o.Description, o.RequestedDate, o.ActivationDate,
        o.LocationId,
        o.Street1 is null ? null : new OrderAddressV1
        {
            Street1 = o.Street1, Street2 = o.Street2, City = o.City, Region = o.Region, PostalCode = o.PostalCode, Country = o.Country,
        },
        [.. o.Lines.OrderBy(l => l.Position).Select(l => new OrderLineV1
        {
            Service = l.Service, ServiceId = l.ServiceId, Quantity = l.Quantity, UnitPrice = l.UnitPrice, Currency = l.Currency, Recurring = l.Recurring,
        })]);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
