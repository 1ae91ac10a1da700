"use client";
// The interactive API reference on /developers: Swagger UI's prebuilt bundle (served by the app from the pinned
// swagger-ui-dist package, no CDN, no compile step) rendering /api/v1/openapi.json.
import Script from "next/script";
import { useEffect, useRef, useState } from "react";

type TSwaggerUIBundle = (opts: {
  url: string;
  domNode: HTMLElement;
  docExpansion?: string;
  defaultModelsExpandDepth?: number;
  tryItOutEnabled?: boolean;
}) => unknown;
declare global {
  interface Window {
    SwaggerUIBundle?: TSwaggerUIBundle;
  }
}

export function ApiReference({ assetVersion }: { assetVersion: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!loaded || !ref.current || !window.SwaggerUIBundle) return;
    window.SwaggerUIBundle({
      url: "/api/v1/openapi.json",
      domNode: ref.current,
      docExpansion: "list",
      defaultModelsExpandDepth: 0,
      tryItOutEnabled: true,
    });
  }, [loaded]);
  return (
    <>
      <link rel="stylesheet" href={`/developers/assets/swagger-ui.css?v=${assetVersion}`} />
      <Script
        src={`/developers/assets/swagger-ui-bundle.js?v=${assetVersion}`}
        strategy="lazyOnload"
        onReady={() => setLoaded(true)}
        onError={() => setFailed(true)}
      />
      <div className="developers__reference" data-testid="api-reference" ref={ref}>
        {failed ? (
          <p className="developers__loading">
            The interactive reference did not load. The contract itself is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.
          </p>
        ) : (
          <p className="developers__loading">Loading the API reference…</p>
        )}
      </div>
    </>
  );
}
