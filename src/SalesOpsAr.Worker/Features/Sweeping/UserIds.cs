using System.Collections.Concurrent;
using SalesOpsAr.GitLab.Api;

namespace SalesOpsAr.Worker.Features.Sweeping;

/// <summary>The DRIs' GitLab users, found by username once per process (a user's id never changes); an unknown one is remembered as such.</summary>
internal sealed class UserIds(IServiceScopeFactory scopes)
{
    private readonly ConcurrentDictionary<string, GitLabUser?> _users = new(StringComparer.OrdinalIgnoreCase);

    public async Task<GitLabUser?> FindAsync(string username, CancellationToken cancellationToken)
    {
        if (_users.TryGetValue(username, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<IGitLabClient>().FindUserAsync(username, cancellationToken);
        return _users[username] = user;
    }
}
