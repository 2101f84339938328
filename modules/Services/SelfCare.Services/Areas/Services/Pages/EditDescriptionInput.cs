using System.ComponentModel.DataAnnotations;
using SelfCare.Services.Data;

namespace SelfCare.Services.Areas.Services.Pages;

internal sealed class EditDescriptionInput
{
    [Required(ErrorMessage = "Enter a description.")]
    [StringLength(CustomerService.DescriptionMaxLength, ErrorMessage = "The description can be at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }
}
