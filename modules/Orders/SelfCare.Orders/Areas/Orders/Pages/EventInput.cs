using System.ComponentModel.DataAnnotations;
using SelfCare.Orders.Data;

namespace SelfCare.Orders.Areas.Orders.Pages;

/// <summary>A staff notice for the Upcoming Events panel.</summary>
internal sealed class EventInput
{
    [Required(ErrorMessage = "Enter the event's date.")]
    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "Enter a title.")]
    [StringLength(UpcomingEvent.TitleMaxLength, ErrorMessage = "The title can be at most {1} characters.")]
    public string? Title { get; set; }

    [StringLength(UpcomingEvent.BodyMaxLength, ErrorMessage = "The text can be at most {1} characters.")]
    public string? Body { get; set; }

    /// <summary>Empty: every customer sees it.</summary>
    public Guid? AccountId { get; set; }
}
