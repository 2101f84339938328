using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Data;
using SelfCare.Accounts.Renames;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>
/// PUT /api/v1/accounts/{externalId}: creates or replaces the account with that external id. Two identical
/// requests at once both try to insert; the unique index lets one win and the other retries as an update.
/// </summary>
internal sealed class AccountUpserts(AccountsDbContext db, AccountRenames renames, TimeProvider clock)
{
    private const int MaxAttempts = 3;
    private const int MaxDepth = 1000;

    public async Task<UpsertOutcome<AccountV1>> UpsertAsync(UpsertRequest<AccountUpsertV1> request)
    {
        var errors = Validate(request.Body, out var status);
        if (errors.Any)
            return UpsertOutcome<AccountV1>.Invalid(errors);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (await TryUpsertAsync(request.ExternalId, request.Body, status, $"API key {request.Http.User.Identity?.Name}", request.CancellationToken) is { } outcome)
                    return outcome;
            }
            catch (DbUpdateException e) when (UniqueConstraint.IsViolation(e) && attempt < MaxAttempts)
            {
                // Someone inserted this external id (or number) meanwhile: look again.
            }
            db.ChangeTracker.Clear();
            if (attempt == MaxAttempts)
                throw new InvalidOperationException($"Account '{request.ExternalId}' kept changing during {MaxAttempts} attempts.");
        }
    }

    private static ApiErrors Validate(AccountUpsertV1 body, out AccountStatus status)
    {
        var errors = new ApiErrors()
            .Text("number", "The account number", body.Number, 40, required: true)
            .Text("name", "The name", body.Name, 200, required: true)
            .Text("city", "The city", body.City, 100, required: false)
            .Text("region", "The region", body.Region, 100, required: false)
            .Check("parentExternalId", body.ParentExternalId, required: false);
        status = AccountStatus.Active;
        if (!string.IsNullOrWhiteSpace(body.Status))
        {
            var name = Enum.GetNames<AccountStatus>().FirstOrDefault(n => n.Equals(body.Status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
                errors.Add("status", $"The status must be one of {string.Join(", ", Enum.GetNames<AccountStatus>())}.");
            else
                status = Enum.Parse<AccountStatus>(name);
        }
        return errors;
    }

    /// <summary>Null when a concurrent request created this account between our reads: the caller tries again.</summary>
    private async Task<UpsertOutcome<AccountV1>?> TryUpsertAsync(string externalId, AccountUpsertV1 body, AccountStatus status, string who, CancellationToken ct)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.ExternalId == externalId, ct);
        var errors = new ApiErrors();
        var number = body.Number!.Trim();
        var holder = await db.Accounts.Where(a => a.Number == number && (account == null || a.Id != account.Id))
            .Select(a => new { a.ExternalId }).FirstOrDefaultAsync(ct);
        if (holder is not null && account is null && holder.ExternalId == externalId)
            return null;
        if (holder is not null)
            errors.Add("number", $"Another account already has the number {number}.");
        var parentId = await ParentAsync(externalId, body.ParentExternalId, account, errors, ct);
        if (errors.Any)
            return UpsertOutcome<AccountV1>.Invalid(errors);

        var created = account is null;
        if (account is null)
        {
            account = new Account { Id = Guid.NewGuid(), ExternalId = externalId, Number = number, Name = "", CreatedAt = clock.GetUtcNow() };
            db.Accounts.Add(account);
        }
        account.Number = number;
        // A rename through the API is kept in the rename history like one made on the Account Summary page.
        if (!created)
            renames.Record(account, body.Name!, who);
        account.Name = body.Name!.Trim();
        account.ParentId = parentId;
        account.City = Blank(body.City);
        account.Region = Blank(body.Region);
        account.Status = status;
        await db.SaveChangesAsync(ct);

        var result = new AccountV1(account.Id, account.ExternalId, account.Number, account.Name, account.ParentId,
            parentId is null ? null : body.ParentExternalId, account.City, account.Region, account.Status.ToString());
        return created ? UpsertOutcome<AccountV1>.Created(result) : UpsertOutcome<AccountV1>.Updated(result);
    }

    /// <summary>The parent's id; refuses a missing parent and a parent inside the account's own subtree (a loop).</summary>
    private async Task<Guid?> ParentAsync(string externalId, string? parentExternalId, Account? account, ApiErrors errors, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(parentExternalId) || errors.Has("parentExternalId"))
            return null;
        if (parentExternalId == externalId)
        {
            errors.Add("parentExternalId", "An account cannot be its own parent.");
            return null;
        }
        var parentId = await db.Accounts.Where(a => a.ExternalId == parentExternalId).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
        if (parentId is null)
        {
            errors.Add("parentExternalId", $"No account has the external id '{parentExternalId}'. Create the parent first.");
            return null;
        }
        if (account is not null)
        {
            // Walk up from the new parent: meeting this account means the parent is one of its descendants.
            Guid? current = parentId;
            for (var depth = 0; current is not null && depth < MaxDepth; depth++)
            {
                if (current == account.Id)
                {
                    errors.Add("parentExternalId", $"'{parentExternalId}' is inside this account's own hierarchy, so the accounts would form a loop.");
                    return null;
                }
                var id = current.Value;
                current = await db.Accounts.Where(a => a.Id == id).Select(a => a.ParentId).FirstOrDefaultAsync(ct);
            }
        }
        return parentId;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
