using VirtualSchool.Portal.Core.Querying;

namespace VirtualSchool.Portal.Web.DeliveryApi;

/// <summary>What to expand and which fields to output at one level of nesting (null: nothing asked, so none expanded / all fields).</summary>
public sealed record OutputLevel(PropertySelection? Expand, PropertySelection? Fields)
{
    public static OutputLevel Collapsed { get; } = new(null, null);

    public bool Expands(string alias) => Expand?.Includes(alias) == true;

    public bool Outputs(string alias) => Fields is null || Fields.Includes(alias);

    /// <summary>The level inside a property's value: expansion goes one level deeper only where the parameter nests.</summary>
    public OutputLevel Inside(string alias) => new(Expand?.Nested(alias), Fields?.Nested(alias));
}
