using System.ComponentModel.DataAnnotations;
using SelfCare.Accounts.Data;

namespace SelfCare.Accounts.Areas.Accounts.Pages.Locations;

internal sealed class LocationInput
{
    [Required(ErrorMessage = "Choose the account this location belongs to.")]
    public Guid? AccountId { get; set; }

    [Required(ErrorMessage = "Enter a name for the location, for example \"Main office\".")]
    [StringLength(Location.NameMaxLength, ErrorMessage = "The name can be at most {1} characters.")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Enter the street address.")]
    [StringLength(Location.LineMaxLength, ErrorMessage = "The street address can be at most {1} characters.")]
    public string? Street1 { get; set; }

    [StringLength(Location.LineMaxLength, ErrorMessage = "The second address line can be at most {1} characters.")]
    public string? Street2 { get; set; }

    [Required(ErrorMessage = "Enter the city.")]
    [StringLength(Location.CityMaxLength, ErrorMessage = "The city can be at most {1} characters.")]
    public string? City { get; set; }

    [StringLength(Location.RegionMaxLength, ErrorMessage = "The region or state can be at most {1} characters.")]
    public string? Region { get; set; }

    [StringLength(Location.PostalCodeMaxLength, ErrorMessage = "The postal code can be at most {1} characters.")]
    [RegularExpression(@"^[A-Za-z0-9 \-]*$", ErrorMessage = "The postal code can hold letters, digits, spaces and hyphens only.")]
    public string? PostalCode { get; set; }

    [Required(ErrorMessage = "Enter the country.")]
    [StringLength(Location.CountryMaxLength, ErrorMessage = "The country can be at most {1} characters.")]
    public string? Country { get; set; } = "United States";

    public void Trim()
    {
        Name = Clean(Name);
        Street1 = Clean(Street1);
        Street2 = Clean(Street2);
        City = Clean(City);
        Region = Clean(Region);
        PostalCode = Clean(PostalCode);
        Country = Clean(Country);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
