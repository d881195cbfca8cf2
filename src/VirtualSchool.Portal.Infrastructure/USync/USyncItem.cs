namespace VirtualSchool.Portal.Infrastructure.USync;

/// <summary>A parsed uSync file, before it touches the database.</summary>
public abstract record USyncItem(string File, Guid Key, string Alias)
{
    public abstract string ItemType { get; }
}
