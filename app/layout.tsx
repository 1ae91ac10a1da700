import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "IR Finder — find an interventional radiologist near you", template: "%s · IR Finder" },
  description:
    "Find a board-certified interventional radiologist near you who performs vertebroplasty, kyphoplasty and other image-guided procedures.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
