using Microsoft.EntityFrameworkCore;

namespace SelfCare.Accounts.Data;

/// <summary>Table mapping of contacts and locations (migrations 0003, 0005); the account scope comes from IAccountOwned.</summary>
internal static class ContactsLocationsModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Contact>(c =>
        {
            c.ToTable("contacts");
            c.HasKey(x => x.Id);
            c.Property(x => x.Name).HasMaxLength(Contact.NameMaxLength);
            c.Property(x => x.Role).HasMaxLength(Contact.RoleMaxLength);
            c.Property(x => x.Email).HasMaxLength(Contact.EmailMaxLength);
            c.Property(x => x.OfficePhone).HasMaxLength(Contact.PhoneMaxLength);
            c.Property(x => x.MobilePhone).HasMaxLength(Contact.PhoneMaxLength);
            c.HasIndex(x => x.AccountId);
            c.Property(x => x.ExternalId).HasMaxLength(100);
            c.HasIndex(x => x.ExternalId).IsUnique();
        });
        modelBuilder.Entity<Location>(l =>
        {
            l.ToTable("locations");
            l.HasKey(x => x.Id);
            l.Ignore(x => x.SingleLine);
            l.Property(x => x.Name).HasMaxLength(Location.NameMaxLength);
            l.Property(x => x.Street1).HasMaxLength(Location.LineMaxLength);
            l.Property(x => x.Street2).HasMaxLength(Location.LineMaxLength);
            l.Property(x => x.City).HasMaxLength(Location.CityMaxLength);
            l.Property(x => x.Region).HasMaxLength(Location.RegionMaxLength);
            l.Property(x => x.PostalCode).HasMaxLength(Location.PostalCodeMaxLength);
            l.Property(x => x.Country).HasMaxLength(Location.CountryMaxLength);
            l.HasIndex(x => x.AccountId);
            l.Property(x => x.ExternalId).HasMaxLength(100);
            l.HasIndex(x => x.ExternalId).IsUnique();
        });
    }
}
