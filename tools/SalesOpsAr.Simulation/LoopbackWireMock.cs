using System.Net;
using System.Net.Sockets;
using WireMock.Server;
using WireMock.Settings;

namespace SalesOpsAr.Simulation;

/// <summary>A WireMock.Net server on loopback only (127.0.0.1), never on every interface: the fakes carry fixed tokens.</summary>
public static class LoopbackWireMock
{
    public static WireMockServer Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreePort()}"] });
            }
            catch (IOException) when (attempt < 5)
            {
                // the port was taken between the look and the start: take another
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
