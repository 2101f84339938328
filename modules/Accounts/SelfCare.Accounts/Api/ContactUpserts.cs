using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SelfCare.Accounts.Areas.Accounts.Pages.Contacts;
using SelfCare.Accounts.Contracts;
using SelfCare.Accounts.Data;
using SelfCare.Platform.Api;

namespace SelfCare.Accounts.Api;

/// <summary>
/// PUT /api/v1/contacts/{externalId}: creates or replaces the contact with that external id. External ids are unique
/// in the tenant, so naming another account moves the contact there (the body is the whole contact).
/// </summary>
internal sealed class ContactUpserts(AccountsDbContext db, IAccountReferences accounts, TimeProvider clock)
{
    public async Task<UpsertOutcome<ContactV1>> UpsertAsync(UpsertRequest<ContactUpsertV1> request)
    {
        var body = request.Body;
        var errors = Validate(body);
        var account = errors.Any ? null
            : await accounts.ResolveAsync(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m), request.CancellationToken);
        if (account is null)
            return UpsertOutcome<ContactV1>.Invalid(errors);

        return await UpsertRetry.RunAsync(db, async () =>
        {
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.ExternalId == request.ExternalId, request.CancellationToken);
            var created = contact is null;
            if (contact is null)
            {
                contact = new Contact { Id = Guid.NewGuid(), ExternalId = request.ExternalId, Name = "", CreatedAt = clock.GetUtcNow() };
                db.Contacts.Add(contact);
            }
            contact.AccountId = account.Id;
            contact.Name = body.Name!.Trim();
            contact.Role = Blank(body.Role);
            contact.Email = Blank(body.Email);
            contact.OfficePhone = Blank(body.OfficePhone);
            contact.MobilePhone = Blank(body.MobilePhone);
            contact.Billing = body.Billing ?? false;
            contact.Technical = body.Technical ?? false;
            contact.Active = body.Active ?? true;
            await db.SaveChangesAsync(request.CancellationToken);
            var result = new ContactV1(contact.Id, contact.ExternalId, account.Id, account.ExternalId, account.Number, contact.Name,
                contact.Role, contact.Email, contact.OfficePhone, contact.MobilePhone, contact.Billing, contact.Technical, contact.Active);
            return created ? UpsertOutcome<ContactV1>.Created(result) : UpsertOutcome<ContactV1>.Updated(result);
        });
    }

    private static ApiErrors Validate(ContactUpsertV1 body)
    {
        var errors = new ApiErrors()
            .Text("name", "The name", body.Name, Contact.NameMaxLength, required: true)
            .Text("role", "The role", body.Role, Contact.RoleMaxLength, required: false)
            .Text("email", "The email address", body.Email, Contact.EmailMaxLength, required: false)
            .Text("officePhone", "The office phone", body.OfficePhone, Contact.PhoneMaxLength, required: false)
            .Text("mobilePhone", "The mobile phone", body.MobilePhone, Contact.PhoneMaxLength, required: false);
        AccountReferenceInput.Check(body.AccountExternalId, body.AccountNumber, (f, m) => errors.Add(f, m));
        if (!errors.Has(AccountReferenceInput.ExternalIdField))
            errors.Check(AccountReferenceInput.ExternalIdField, body.AccountExternalId, required: false);
        if (!errors.Has("email") && Blank(body.Email) is { } email && !new EmailAddressAttribute().IsValid(email))
            errors.Add("email", "The email address must look like name@example.com.");
        foreach (var (field, value) in new[] { ("officePhone", body.OfficePhone), ("mobilePhone", body.MobilePhone) })
        {
            if (!errors.Has(field) && Blank(value) is { } phone && !Regex.IsMatch(phone, ContactInput.PhonePattern))
                errors.Add(field, "A phone number holds digits, spaces and + ( ) . - only, for example +1 502 555 0100 or 502-555-0100 x12.");
        }
        return errors;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
