using System.ComponentModel.DataAnnotations;

namespace SelfCare.Host.Pages.Admin;

/// <summary>The three texts of a template as the admin edits them.</summary>
internal sealed class EmailTemplateInput
{
    [Display(Name = "Subject")]
    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(1000, ErrorMessage = "The subject is longer than 1,000 characters.")]
    public string Subject { get; set; } = "";

    [Display(Name = "HTML body")]
    [Required(ErrorMessage = "Enter the HTML body.")]
    [StringLength(100_000, ErrorMessage = "The HTML body is longer than 100,000 characters.")]
    public string HtmlBody { get; set; } = "";

    [Display(Name = "Plain-text body")]
    [Required(ErrorMessage = "Enter the plain-text body; some mail programs show only this part.")]
    [StringLength(100_000, ErrorMessage = "The plain-text body is longer than 100,000 characters.")]
    public string TextBody { get; set; } = "";
}
