using System.ComponentModel.DataAnnotations;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Contacts;

internal sealed class ContactInput : IValidatableObject
{
    public const string PhonePattern = @"^\+?[0-9 ().\-]{7,30}( ?(x|ext\.?) ?[0-9]{1,6})?$";

    [Required(ErrorMessage = "Choose the account this contact belongs to.")]
    public Guid? AccountId { get; set; }

    [Required(ErrorMessage = "Enter the contact's name.")]
    [StringLength(Contact.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    [StringLength(Contact.RoleMaxLength, ErrorMessage = "The role or title can be at most {1} characters.")]
    public string? Role { get; set; }

    [StringLength(Contact.EmailMaxLength, ErrorMessage = "The email address can be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Enter an email address like name@example.com.")]
    public string? Email { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "The office phone can be at most {1} characters.")]
    [RegularExpression(PhonePattern, ErrorMessage = "Enter the office phone as digits, for example +1 502 555 0100 or 502-555-0100 x12.")]
    public string? OfficePhone { get; set; }

    [StringLength(Contact.PhoneMaxLength, ErrorMessage = "The mobile phone can be at most {1} characters.")]
    [RegularExpression(PhonePattern, ErrorMessage = "Enter the mobile phone as digits, for example +1 502 555 0100.")]
    public string? MobilePhone { get; set; }

    public bool Billing { get; set; }
    public bool Technical { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(OfficePhone) && string.IsNullOrWhiteSpace(MobilePhone))
            yield return new ValidationResult("Enter at least one way to reach the contact: an email address, an office phone or a mobile phone.",
                [nameof(Email)]);
    }

    public void Trim()
    {
        Name = Clean(Name);
        Role = Clean(Role);
        Email = Clean(Email);
        OfficePhone = Clean(OfficePhone);
        MobilePhone = Clean(MobilePhone);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
