namespace SelfCare.Platform.Email;

/// <summary>
/// An email the product sends, declared once by the module (or the platform) that sends it. Tenant admins
/// may override the subject and both bodies; these are the defaults. Templates are Handlebars and see the
/// properties of <paramref name="ModelType"/> in camelCase (<c>{{customerName}}</c>), plus <c>{{@brand.title}}</c>,
/// <c>{{@brand.supportEmail}}</c>, <c>{{@portalUrl}}</c> and <c>{{@tenantName}}</c>. The HTML body is wrapped
/// in the tenant theme's email layout; every value is HTML-encoded there.
/// </summary>
/// <param name="Name">Stable id, lowercase with dashes ("invoice-ready"); unique across the product.</param>
/// <param name="ModelType">A plain DTO: records or classes of strings, numbers, booleans, dates, enums and lists of DTOs.</param>
/// <param name="SampleModel">An instance of <paramref name="ModelType"/> used for previews and test sends.</param>
public sealed record EmailTemplateDefinition(
    string Name,
    string Description,
    Type ModelType,
    object SampleModel,
    string Subject,
    string HtmlBody,
    string TextBody)
{
    public static EmailTemplateDefinition For<TModel>(
        string name, string description, TModel sample, string subject, string htmlBody, string textBody)
        where TModel : class =>
        new(name, description, typeof(TModel), sample, subject, htmlBody, textBody);
}
