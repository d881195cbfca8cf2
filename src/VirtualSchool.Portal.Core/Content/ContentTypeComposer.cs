namespace VirtualSchool.Portal.Core.Content;

/// <summary>Merges a content type with its compositions, as an editor and a reader see it.</summary>
public static class ContentTypeComposer
{
    /// <summary>
    /// Returns a copy of <paramref name="type"/> whose properties and groups include those of its compositions
    /// (recursively; a property defined on the type itself wins over one of the same alias in a composition).
    /// </summary>
    public static ContentType Compose(ContentType type, IReadOnlyDictionary<string, ContentType> byAlias)
    {
        var properties = new List<PropertyType>();
        var groups = new List<PropertyGroup>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Collect(type, byAlias, properties, groups, seen);
        return new ContentType
        {
            Key = type.Key,
            Kind = type.Kind,
            Alias = type.Alias,
            Name = type.Name,
            Icon = type.Icon,
            Description = type.Description,
            AllowAtRoot = type.AllowAtRoot,
            IsElement = type.IsElement,
            Folder = type.Folder,
            AllowedChildren = [.. type.AllowedChildren],
            Compositions = [.. type.Compositions],
            Groups = groups
                .GroupBy(g => g.Alias, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.First())
                .OrderBy(g => g.SortOrder)
                .ToList(),
            Properties = properties
                .GroupBy(p => p.Alias, StringComparer.OrdinalIgnoreCase)
                .Select(p => p.First())
                .ToList(),
            UpdateDate = type.UpdateDate,
        };
    }

    private static void Collect(
        ContentType type,
        IReadOnlyDictionary<string, ContentType> byAlias,
        List<PropertyType> properties,
        List<PropertyGroup> groups,
        HashSet<string> seen)
    {
        if (!seen.Add(type.Alias))
        {
            return; // a composition cycle or diamond: each type contributes once
        }

        properties.AddRange(type.Properties.OrderBy(p => p.SortOrder));
        groups.AddRange(type.Groups);
        foreach (var alias in type.Compositions)
        {
            if (byAlias.TryGetValue(alias, out var composition))
            {
                Collect(composition, byAlias, properties, groups, seen);
            }
        }
    }
}
