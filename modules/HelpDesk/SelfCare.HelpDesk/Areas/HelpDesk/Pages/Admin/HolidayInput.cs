using System.ComponentModel.DataAnnotations;
using SelfCare.HelpDesk.Data;

namespace SelfCare.HelpDesk.Areas.HelpDesk.Pages.Admin;

internal sealed class HolidayInput
{
    [Required(ErrorMessage = "Enter the holiday's date.")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter the holiday's name.")]
    [StringLength(Holiday.NameMaxLength, ErrorMessage = "Keep the name under 100 characters.")]
    public string? Name { get; set; }
}
