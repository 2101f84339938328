using System.ComponentModel.DataAnnotations;
using SelfCare.Orders.Data;

namespace SelfCare.Orders.Areas.Orders.Pages;

internal sealed class StatusInput
{
    [Required(ErrorMessage = "Choose the new status.")]
    public string? Status { get; set; }

    [StringLength(OrderHistoryEntry.CommentMaxLength, ErrorMessage = "The comment can be at most {1} characters.")]
    public string? Comment { get; set; }
}
