"use client";
// The error state's words for client components, as plain strings from the server: no message runtime in the
// browser (next-intl's client provider would add about 13 KB gzipped to every Spanish page for four sentences).
import { createContext, useContext, type ReactNode } from "react";

export type TErrorMessages = { errorTitle: string; errorText: string; tryAgain: string; backToGuides: string };

const ErrorMessagesContext = createContext<TErrorMessages | null>(null);

export function ErrorMessagesProvider({ messages, children }: { messages: TErrorMessages; children: ReactNode }) {
  return <ErrorMessagesContext.Provider value={messages}>{children}</ErrorMessagesContext.Provider>;
}

export function useErrorMessages(): TErrorMessages {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error("useErrorMessages needs an ErrorMessagesProvider above it");
  return messages;
}
