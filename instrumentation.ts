// Next.js server start-up hook: installs what must see every request before Next does (the TCP peer address).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampPeerAddresses } = await import("@/lib/http/peer-address");
  stampPeerAddresses();
}
